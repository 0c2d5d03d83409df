//! Glossary-term markup inside content text: `[[id]]` shows the term's id as written and
//! links it to the glossary; `[[id|words shown]]` shows other words for the same term.
//! Anything that is not well-formed markup is plain text (never an error at run time;
//! `tests/content.rs` checks every id resolves).

/// A piece of content text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Term { id: &'a str, shown: &'a str },
}

/// Splits `text` into plain runs and marked terms.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    // `split_once` and `get` rather than slicing by index: no slicing panic path in the wasm.
    while let Some((before, opened)) = rest.split_once("[[") {
        let Some((inner, after)) = opened.split_once("]]") else { break };
        let (id, shown) = inner.split_once('|').unwrap_or((inner, inner));
        let well_formed = !id.is_empty()
            && !shown.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            // Keep it as text and go on after the opening brackets.
            out.push(Segment::Text(rest.get(..rest.len() - opened.len()).unwrap_or_default()));
            rest = opened;
            continue;
        }
        if !before.is_empty() {
            out.push(Segment::Text(before));
        }
        out.push(Segment::Term { id, shown });
        rest = after;
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// The text a reader sees, markup removed (for announcements, titles, attributes).
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t,
            Segment::Term { shown, .. } => shown,
        })
        .collect()
}

/// The term ids marked in `text`.
pub fn term_ids(text: &str) -> impl Iterator<Item = &str> {
    segments(text).into_iter().filter_map(|s| match s {
        Segment::Term { id, .. } => Some(id),
        Segment::Text(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::*;

    #[test]
    fn splits_text_and_terms() {
        assert_eq!(
            segments("A [[vector|viral vector]] carries the [[gene]]."),
            vec![
                Text("A "),
                Term { id: "vector", shown: "viral vector" },
                Text(" carries the "),
                Term { id: "gene", shown: "gene" },
                Text("."),
            ]
        );
        assert_eq!(
            plain("A [[vector|viral vector]] carries the [[gene]]."),
            "A viral vector carries the gene."
        );
        assert_eq!(term_ids("[[aav]] and [[hla|HLA]]").collect::<Vec<_>>(), ["aav", "hla"]);
    }

    #[test]
    fn malformed_markup_stays_text() {
        assert_eq!(plain("no markup"), "no markup");
        assert_eq!(plain("open [[only"), "open [[only");
        assert_eq!(plain("[[Bad Id]] and [[|x]] and [[x|]]"), "[[Bad Id]] and [[|x]] and [[x|]]");
        assert_eq!(segments(""), vec![]);
        assert_eq!(plain("[[[[aav]]"), "[[aav");
    }
}
