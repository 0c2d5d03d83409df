//! The reader's first questions answered at a glance: how long it takes, how long in
//! hospital, the main risks, who can have it and how well it works, each with its sources.
//! First on a pathway's first step (the chosen product's answers when one is walked) and
//! in the handout.

use yew::prelude::*;

use super::{rich_text::RichText, source_chips::source_names, source_chips::SourceChips, use_texts};
use crate::content::markup::plain;
use crate::content::{msg, GlanceDef, TherapyDef, CATALOG};

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    pub pathway: usize,
    /// The product walked on this pathway, if any: its answers replace the pathway's.
    #[prop_or_default]
    pub therapy: Option<&'static TherapyDef>,
    /// Plain text and source names only (the printed handout).
    #[prop_or_default]
    pub print: bool,
}

#[component]
pub fn Glance(props: &GlanceProps) -> Html {
    let texts = use_texts();
    // The product's own answers are among the words fetched later: the pathway's until then.
    let product = props.therapy.filter(|t| !t.glance.is_empty() && texts.complete());
    let rows = product.map_or(CATALOG.pathways[props.pathway].glance, |t| t.glance);
    if rows.is_empty() {
        return html! {};
    }
    let heading = match product {
        Some(t) => texts.fmt(msg::GLANCE_HEADING_THERAPY, &[("name", texts.t(t.name_key))]),
        None => texts.t(msg::GLANCE_HEADING).to_string(),
    };
    let answer = |row: &GlanceDef| {
        let text = texts.t(row.key);
        if props.print {
            html! {
                <>{ plain(text) }{ " " }<span class="gte-sources-inline">{ texts.t(msg::FACT_SOURCES) }{ " " }
                    <cite class="gte-chip">{ source_names(texts, row.sources) }</cite></span></>
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
                { for rows.iter().map(|row| html! {
                    <div key={row.id} class="gte-glance-row">
                        <dt>{ texts.t(row.label_key) }</dt>
                        <dd>{ answer(row) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
