//! Every glossary term with its plain definition and sources, in alphabetical order.

use yew::prelude::*;

use super::{jump_to, source_chips::SourceChips, use_links, use_texts};
use crate::content::msg;
use crate::content::GLOSSARY;
use crate::describe::definition;

#[component]
pub fn GlossaryView() -> Html {
    let texts = use_texts();
    let links = use_links();
    // GLOSSARY is in alphabetical order of the English names (build/ sorts it).
    let terms = GLOSSARY.iter();
    // A to Z: each first letter once, a jump to its first term.
    let mut last = '\0';
    let letters = GLOSSARY.iter().filter_map(|t| {
        let c = texts.t(t.name_key).chars().next()?.to_ascii_uppercase();
        (c != std::mem::replace(&mut last, c)).then_some((c, t.id))
    });
    html! {
        <>
        <nav class="gte-jump" aria-label={texts.t(msg::GLOSSARY_JUMP)}>
            <ul class="gte-az">
                { for letters.map(|(c, id)| html! {
                    <li key={id}>{ jump_to(links, "gte-glossary-", id, &c.to_string()) }</li>
                }) }
            </ul>
        </nav>
        <dl class="gte-glossary">
            { for terms.map(|t| html! {
                <div key={t.id} class="gte-glossary-entry">
                    <dt id={format!("gte-glossary-{}", t.id)} tabindex="-1">{ texts.t(t.name_key) }</dt>
                    <dd>
                        { definition(texts, t) }{ " " }
                        <SourceChips ids={t.sources} label_key={msg::FACT_SOURCES} />
                    </dd>
                </div>
            }) }
        </dl>
        </>
    }
}
