//! "Walk through one treatment": a native select of the approved products, grouped by
//! pathway. Choosing one walks its pathway with its own details.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::use_texts;
use crate::content::msg;
use crate::content::{CATALOG, THERAPIES};
use crate::model::Action;

#[derive(Properties, PartialEq)]
pub struct TherapyPickerProps {
    pub therapy: Option<usize>,
    pub onaction: Callback<Action>,
}

#[component]
pub fn TherapyPicker(props: &TherapyPickerProps) -> Html {
    let texts = use_texts();
    if THERAPIES.is_empty() {
        return html! {};
    }
    let onchange = props.onaction.reform(|e: Event| {
        let value = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        Action::ChooseTherapy(value.and_then(|v| THERAPIES.iter().position(|t| t.id == v)))
    });
    let selected = props.therapy.map(|i| THERAPIES[i].id).unwrap_or("");
    html! {
        <p class="gte-therapy-picker">
            <label for="gte-therapy">{ texts.t(msg::THERAPY_PICKER_LABEL) }</label>
            <select id="gte-therapy" class="gte-select" {onchange}>
                <option value="" selected={selected.is_empty()}>{ texts.t(msg::THERAPY_PICKER_NONE) }</option>
                { for CATALOG.pathways.iter().enumerate().filter(|(i, _)| THERAPIES.iter().any(|t| t.pathway == *i)).map(|(i, p)| html! {
                    <optgroup key={p.id} label={texts.t(p.name_key)}>
                        { for THERAPIES.iter().filter(|t| t.pathway == i).map(|t| html! {
                            <option key={t.id} value={t.id} selected={t.id == selected}>
                                { texts.t(t.name_key) }{ " (" }{ texts.t(t.disease_key) }{ ")" }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </p>
    }
}
