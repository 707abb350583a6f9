//! A role's page as the steps a person takes, in a bar that stays in view: each step
//! takes the person to its part of the page (scrolled to and focused; a hash link would
//! be a route here).

use yew::prelude::*;

use crate::platform::events;

/// One step: the id of the part of the page it leads to, and its name.
#[derive(Clone, PartialEq)]
pub struct Step {
    pub target: &'static str,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub label: AttrValue,
    pub steps: Vec<Step>,
}

#[function_component]
pub fn StepNav(props: &StepNavProps) -> Html {
    html! {
        <nav class="step-nav no-print" aria-label={props.label.clone()}>
            <ol>
                { for props.steps.iter().enumerate().map(|(n, step)| {
                    let target = step.target;
                    html! {
                        <li>
                            <button type="button" data-step={target}
                                onclick={Callback::from(move |_: MouseEvent| events::reveal(target, target))}>
                                <span class="step-number">{ n + 1 }</span>{ step.label.clone() }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
