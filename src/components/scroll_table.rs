//! A table that may be wider than a small window, in a box that scrolls sideways.

use yew::prelude::*;

/// The box takes the keyboard's focus, so arrow keys scroll it (a box that scrolls
/// without it cannot be read by keyboard alone: axe's `scrollable-region-focusable`), and
/// is a region named `label`, so a screen reader says what the focus landed on.
pub fn scroll_table(label: &str, table: Html) -> Html {
    html! {
        <div class="table-wrap" role="region" tabindex="0" aria-label={label.to_string()}>{ table }</div>
    }
}
