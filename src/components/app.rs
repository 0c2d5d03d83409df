//! The whole widget as a function of its state: header, notes, the view, the live region,
//! footer. Render only: no browser calls, no effects (those are the host's,
//! `host::app`), so it renders on a server as well.

use yew::prelude::*;

use super::{
    footer::Footer, pages::PageView, present_bar::PresentBar, route_note::RouteNotes, step_page::StepPage,
    view_tabs::ViewTabs,
};
use crate::content::msg;
use crate::content::{Later, Texts};
use crate::describe::announcement;
use crate::model::{Action, Links, Mode, Nav, View};

#[derive(Properties, PartialEq, Clone)]
pub struct AppViewProps {
    /// The navigation state to show.
    pub nav: Nav,
    /// The widget's own page without a hash, for links that leave an embed.
    #[prop_or_default]
    pub home: AttrValue,
    /// The system asks for reduced motion (read by the host when the widget opens).
    #[prop_or_default]
    pub system_still: bool,
    /// The widget's root element and the view's heading, for the host's effects.
    #[prop_or_default]
    pub root: NodeRef,
    #[prop_or_default]
    pub heading: NodeRef,
    pub onaction: Callback<Action>,
    /// The words fetched later (a product's details), as they now are (`content::Later`).
    #[prop_or(Later::Waiting)]
    pub later: Later,
    /// A page's body rendered at build time, in release builds (`pages::PageView`).
    #[prop_or(Later::Waiting)]
    pub fragment: Later,
    /// Where links between views point: hash routes (the live widget) or, in the static
    /// pages rendered at build time, each view's own page.
    #[prop_or_default]
    pub links: Links,
}

#[component]
pub fn AppView(props: &AppViewProps) -> Html {
    let texts = Texts::by_index(props.nav.lang).with_later(props.later);
    let system_still = props.system_still;
    let heading = &props.heading;
    let onaction = &props.onaction;
    let root = props.root.clone();
    let state = &props.nav;
    let view = match state.place.view {
        View::Step(route) => {
            let motion = state.place.motion;
            let toggled = motion.toggled(system_still);
            html! {
                <StepPage {route} therapy={state.place.therapy}
                    heading={heading.clone()} onaction={onaction.clone()}
                    still={motion.is_still(system_still)}
                    ontoggle={onaction.reform(move |_| Action::SetMotion(toggled))}
                    labels={!state.hide_labels} cue={state.cue}
                    slides={(state.place.mode == Mode::Present).then_some(state.facts)} />
            }
        }
        View::Page(page) => html! {
            <PageView {page} therapy={state.place.therapy} heading={heading.clone()} onaction={onaction.clone()}
                fragment={props.fragment} />
        },
    };

    let body = html! {
        <div class="gte" lang={texts.lang()} data-theme={state.theme.slug()} data-mode={state.place.mode.slug()}
            data-part={["1", "2", "3"].get(usize::from(state.facts).wrapping_sub(1)).copied()} ref={root}>
            <header class="gte-header">
                <h1 class="gte-title">{ texts.t(msg::APP_TITLE) }</h1>
                // Keyed by the moves: a copied link's field closes at the next move.
                <PresentBar key={state.moves} place={state.place} home={props.home.clone()} onaction={onaction.clone()} />
                <ViewTabs place={state.place} onaction={onaction.clone()} />
            </header>
            if !state.notes.is_empty() {
                <RouteNotes notes={state.notes.clone()} ondismiss={onaction.reform(|_| Action::DismissNote)} />
            }
            { view }
            <p class="gte-sr-only gte-announce" aria-live="polite" aria-atomic="true">
                { if state.moves > 0 { announcement(texts, state.place.view, state.facts > 0) } else { String::new() } }
            </p>
            <Footer place={state.place} home={props.home.clone()} />
            if state.blank {
                <button type="button" class="gte-blank" aria-label={texts.t(msg::PRESENT_UNBLANK)}
                    onclick={onaction.reform(|_| Action::ToggleBlank)} />
            }
        </div>
    };
    html! {
        <ContextProvider<Texts> context={texts}>
            { super::provide_links(props.links, body) }
        </ContextProvider<Texts>>
    }
}
