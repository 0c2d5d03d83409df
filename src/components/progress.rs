//! "Step 3 of 9" with a bar drawn from the same numbers.

use yew::prelude::*;

use super::use_texts;

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
    // Integer percent: no float formatting in the wasm.
    let percent = props.current * 100 / props.total.max(1);
    html! {
        <div class="gte-progress">
            <p class="gte-progress-text">
                { texts.fmt("progress", &[("current", &current), ("total", &total)]) }
            </p>
            <div class="gte-progress-bar" aria-hidden="true">
                <div class="gte-progress-fill" style={format!("width:{percent}%")}></div>
            </div>
        </div>
    }
}
