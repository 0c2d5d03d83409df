//! The reader's first questions answered at a glance: how long it takes, how long in
//! hospital, the main risks, who can have it and how well it works, each with its sources.
//! First on a pathway's first step (the chosen product's answers when one is walked); the
//! handout prints the same rows (`rows`) as plain text.

use yew::prelude::*;

use super::{rich_text::RichText, source_chips::SourceChips, use_texts};
use crate::content::{msg, GlanceDef, Texts, TherapyDef, CATALOG};

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    pub pathway: usize,
    /// The product walked on this pathway, if any: its answers replace the pathway's.
    #[prop_or_default]
    pub therapy: Option<&'static TherapyDef>,
}

/// The rows at a glance and their heading: the product's own once its words are here
/// (they are among the words fetched later), else the pathway's.
pub fn rows(
    texts: Texts,
    pathway: usize,
    therapy: Option<&'static TherapyDef>,
) -> (String, &'static [GlanceDef]) {
    let product = therapy.filter(|t| !t.glance.is_empty() && texts.complete());
    let heading = match product {
        Some(t) => texts.fmt(msg::GLANCE_HEADING_THERAPY, &[("name", texts.t(t.name_key))]),
        None => texts.t(msg::GLANCE_HEADING).to_string(),
    };
    (heading, product.map_or(CATALOG.pathways[pathway].glance, |t| t.glance))
}

#[component]
pub fn Glance(props: &GlanceProps) -> Html {
    let texts = use_texts();
    let (heading, rows) = rows(texts, props.pathway, props.therapy);
    if rows.is_empty() {
        return html! {};
    }
    let answer = |row: &GlanceDef| {
        let text = texts.t(row.key);
        html! {
            <><RichText {text} />{ " " }<SourceChips ids={row.sources} label_key={msg::FACT_SOURCES} /></>
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
