//! The reader's first questions answered at a glance: how long it takes, how long in
//! hospital, the main risks, who can have it and how well it works, each with its sources.
//! First on a pathway's first step (the chosen product's answers when one is walked) and
//! in the handout.

use yew::prelude::*;

use super::{rich_text::RichText, source_chips::SourceChips, use_texts};
use crate::content::markup::plain;
use crate::content::{msg, GlanceDef};

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    /// The answers: a pathway's or a product's `glance`.
    pub rows: &'static [GlanceDef],
    /// The product's name, when these are a product's answers.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// Plain text and source names only (the printed handout).
    #[prop_or_default]
    pub print: bool,
}

#[component]
pub fn Glance(props: &GlanceProps) -> Html {
    let texts = use_texts();
    if props.rows.is_empty() {
        return html! {};
    }
    let heading = match &props.name {
        Some(name) => texts.fmt(msg::GLANCE_HEADING_THERAPY, &[("name", name.as_str())]),
        None => texts.t(msg::GLANCE_HEADING).to_string(),
    };
    let answer = |row: &GlanceDef| {
        let text = texts.t(row.key);
        if props.print {
            let names: Vec<&str> = row.sources.iter().map(|src| texts.t(src.def().short_key)).collect();
            html! {
                <>{ plain(text) }{ " " }<span class="gte-sources-inline">{ texts.t(msg::FACT_SOURCES) }{ " " }
                    <cite class="gte-chip">{ names.join("; ") }</cite></span></>
            }
        } else {
            html! {
                <><RichText {text} />{ " " }<SourceChips ids={row.sources} label_key={msg::FACT_SOURCES} /></>
            }
        }
    };
    html! {
        <section class="gte-glance" aria-labelledby="gte-glance-heading">
            <h3 id="gte-glance-heading">{ heading }</h3>
            <dl>
                { for props.rows.iter().map(|row| html! {
                    <div key={row.id} class="gte-glance-row">
                        <dt>{ texts.t(row.label_key) }</dt>
                        <dd>{ answer(row) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
