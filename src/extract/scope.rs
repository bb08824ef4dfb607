//! Reading the scope of a figure from its sentence: who proposes or gives
//! it, whether it is today's value or a proposal, and which period it covers.

use super::words::agent_before;
use crate::value::Value;
use regex::Regex;
use std::sync::LazyLock;

/// Verbs that make a figure someone's proposal.
static PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:proposed|proposes|propose|suggested|suggests|wants|wanted|called for|calls for|advocated(?: for)?|advocates(?: for)?|demanded|demands|urged|urges|pushed for|pushes for|is pushing for|hopes|hoped|seeks|sought|floated|recommended|recommends|argued for|argues for|argued|argues|pressed for|presses for|backed|backs|favou?rs|favou?red)\b").unwrap()
});

/// Verbs that make a figure someone's gift or spending.
static GIVING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:pledged|pledges|promised|promises|committed|commits|provided|provides|sent|sends|gave|gives|allocated|allocates|approved|approves|announced|announces|donated|donates|earmarked|earmarks|spent|spends|raised|raises|granted|grants|offered|offers)\b").unwrap()
});

/// Verbs that make a share someone's result: "the party won 41% of the vote".
static HOLDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:won|wins|received|receives|secured|secures|took|takes|garnered|garners|polled|polls|captured|captures|got|gets|obtained|obtains|spent|spends|holds|held|owns|owned)\b").unwrap()
});

/// Words that mark a figure as the one in force now.
static CURRENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:current|existing|today['’]s|present|standing|longstanding|long-standing)\b").unwrap()
});

/// A relative clause between an agent and its verb: "Janssen, who has urged
/// faster action, advocated ...".
static RELATIVE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s+(?:who|which)\b[^,]*,\s*$").unwrap());

/// The agent of the last proposal verb before `pos` in `text`.
pub fn proposer(text: &str, pos: usize) -> Option<String> {
    PROPOSAL.find_iter(&text[..pos]).last().and_then(|m| subject_of_verb(text, m.start()))
}

/// The agent of the last giving verb before `pos` in `text`.
pub fn giver(text: &str, pos: usize) -> Option<String> {
    GIVING.find_iter(&text[..pos]).last().and_then(|m| subject_of_verb(text, m.start()))
}

/// The agent of the last holding verb before `pos` in `text`.
pub fn holder(text: &str, pos: usize) -> Option<String> {
    HOLDING.find_iter(&text[..pos]).last().and_then(|m| subject_of_verb(text, m.start()))
}

fn subject_of_verb(text: &str, verb: usize) -> Option<String> {
    let end = RELATIVE_CLAUSE.find(&text[..verb]).map_or(verb, |m| m.start());
    agent_before(text, end).map(|a| normalize_agent(&a))
}

/// "current" within the few words before the figure.
pub fn is_current(text: &str, pos: usize) -> bool {
    let from = text[..pos].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    CURRENT.is_match(&text[from..pos])
}

/// The period a figure covers, from a quarter, half or year in its sentence.
pub fn period(dates: &[crate::recognize::date::DateMatch]) -> Option<String> {
    dates.iter().find_map(|d| match d.value {
        Value::Quarter { .. } | Value::Year { .. } | Value::DateRange { .. } | Value::Month { year: Some(_), .. } => {
            Some(d.value.describe())
        }
        _ => None,
    })
}

/// Who an agent is, without the words that only say what kind of body it
/// is: "The Adams administration" and "Adams", "the Labour Party" and
/// "Labour" are one agent.
pub fn normalize_agent(agent: &str) -> String {
    let lower = agent.trim_start_matches("the ").trim_start_matches("The ").to_lowercase();
    let generic = [" administration", " government", " party", " team", " officials", " campaign"];
    let stripped = generic.iter().find_map(|g| lower.strip_suffix(g)).unwrap_or(&lower);
    if stripped.is_empty() {
        lower
    } else {
        stripped.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposers_and_current_values() {
        let t = "The Adams administration has proposed an ambitious 5% of GDP minimum";
        assert_eq!(proposer(t, t.find('5').unwrap()).as_deref(), Some("adams"));
        let t = "whether to raise the current minimum threshold of 2% of GDP";
        assert!(is_current(t, t.find('2').unwrap()));
        let t = "Janssen, who has urged governments to move faster, advocated spending of at least 3.7% of GDP";
        assert_eq!(proposer(t, t.find("3.7").unwrap()).as_deref(), Some("janssen"));
        let t = "Berlin pledged a further €130 million";
        assert_eq!(giver(t, t.find('€').unwrap()).as_deref(), Some("berlin"));
    }
}
