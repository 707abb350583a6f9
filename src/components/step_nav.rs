//! A role's page as the steps a person takes, in a bar that stays in view: each step
//! takes the person to its part of the page (scrolled to and focused) and is a hash
//! route of its own (`#/provider/checklist`), so the back button walks the steps and the
//! place is remembered (`app.rs`).

use yew::prelude::*;

use crate::platform::location::go_to_step;
use crate::route::Route;

/// One step: the id of the part of the page it leads to, and its name.
#[derive(Clone, PartialEq)]
pub struct Step {
    pub target: &'static str,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The view whose steps these are.
    pub route: Route,
    pub label: AttrValue,
    pub steps: Vec<Step>,
}

#[function_component]
pub fn StepNav(props: &StepNavProps) -> Html {
    html! {
        <nav class="step-nav no-print" aria-label={props.label.clone()}>
            <ol>
                { for props.steps.iter().enumerate().map(|(n, step)| {
                    let (target, route) = (step.target, props.route);
                    let onclick = Callback::from(move |_: MouseEvent| go_to_step(route, target));
                    html! {
                        <li>
                            <button type="button" data-step={target} {onclick}>
                                <span class="step-number">{ n + 1 }</span>{ step.label.clone() }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
