//! `static/later/<locale>.txt`: the words a release build for the browser leaves out of
//! the wasm and fetches when a reader chooses a product (`build/generate.rs` marks them):
//! each later message's words, in message order, one after the other. The wasm knows
//! their lengths, so the file needs no separators; a file of another length is not used.

use gene_therapy_explainer::content::{locale, Msg, Texts, LATER};

fn file(tag: &str) -> String {
    let data = locale(tag).expect("a compiled locale");
    let texts = Texts::of(data);
    (0..data.lens.len())
        .filter(|&i| data.lens[i] & LATER != 0)
        .map(|i| texts.raw(Msg(u16::try_from(i).expect("under 65,536 messages"))))
        .collect()
}

pub fn en() -> String {
    let text = file("en");
    assert_eq!(text.len(), Texts::en().later_len(), "the file holds exactly the later words");
    text
}
