//! Every glossary term with its plain definition and sources, in alphabetical order.

use yew::prelude::*;

use super::{source_chips::SourceChips, use_texts};
use crate::content::msg;
use crate::content::GLOSSARY;
use crate::describe::definition;

#[component]
pub fn GlossaryView() -> Html {
    let texts = use_texts();
    // GLOSSARY is in alphabetical order of the English names (build/ sorts it).
    let terms = GLOSSARY.iter();
    html! {
        <dl class="gte-glossary">
            { for terms.map(|t| html! {
                <div key={t.id} class="gte-glossary-entry">
                    <dt id={format!("gte-glossary-{}", t.id)}>{ texts.t(t.name_key) }</dt>
                    <dd>
                        { definition(texts, t) }{ " " }
                        <SourceChips ids={t.sources} label_key={msg::FACT_SOURCES} />
                    </dd>
                </div>
            }) }
        </dl>
    }
}
