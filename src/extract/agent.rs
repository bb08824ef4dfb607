//! Who proposes a figure, or whether it is the one in force: "the US wants
//! 5%" is a proposal of the US, "the current 2%" today's value.

use super::word_pattern::WordPattern;
use super::words::agent_before;
use regex::Regex;
use std::sync::LazyLock;

/// Verbs that make a figure someone's proposal.
static PROPOSAL: LazyLock<WordPattern> = LazyLock::new(|| {
    WordPattern::new(
        r"(?i)\b(?:proposed|proposes|propose|suggested|suggests|wants|wanted|called for|calls for|advocated(?: for)?|advocates(?: for)?|demanded|demands|urged|urges|pushed for|pushes for|is pushing for|hopes|hoped|seeks|sought|floated|recommended|recommends|argued for|argues for|argued|argues|pressed for|presses for|backed|backs|favou?rs|favou?red)\b",
    )
});

/// Words that mark a figure as the one in force now.
static CURRENT: LazyLock<WordPattern> = LazyLock::new(|| {
    WordPattern::new(r"(?i)\b(?:current|existing|today['’]s|present|standing|longstanding|long-standing)\b")
});

/// A relative clause between an agent and its verb: "Janssen, who has urged
/// faster action, advocated ...".
static RELATIVE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s+(?:who|which)\b[^,]*,\s*$").unwrap());

/// The agent of the last proposal verb before `pos` in `text`.
pub fn proposer(text: &str, pos: usize) -> Option<String> {
    PROPOSAL.find_all(&text[..pos]).last().and_then(|m| subject_of_verb(text, m.start()))
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
        let t = "The Moreno administration has proposed a bold 4% of GDP minimum for the climate fund";
        assert_eq!(proposer(t, t.find('4').unwrap()).as_deref(), Some("moreno"));
        let t = "asked whether to lift the current minimum health outlay of 6% of GDP";
        assert!(is_current(t, t.find('6').unwrap()));
        let t = "Okafor, who has pressed donors to act sooner, advocated a climate levy of at least 0.8% of GDP";
        assert_eq!(proposer(t, t.find("0.8").unwrap()).as_deref(), Some("okafor"));
    }
}
