//! "Step 3 of 9" with a bar drawn from the same numbers.

use yew::prelude::*;

use super::use_texts;
use crate::content::msg;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// 1-based number of the step shown.
    pub current: usize,
    pub total: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let texts = use_texts();
    let (current, total) = (props.current.to_string(), props.total.to_string());
    html! {
        <div class="gte-progress">
            <p class="gte-progress-text">
                { texts.fmt(msg::PROGRESS, &[("current", &current), ("total", &total)]) }
            </p>
            // One segment per step: no inline style, so a strict style CSP holds.
            <div class="gte-progress-bar" aria-hidden="true">
                { for (1..=props.total).map(|i| html! {
                    <span class={classes!("gte-progress-seg", (i <= props.current).then_some("gte-done"))}></span>
                }) }
            </div>
        </div>
    }
}
