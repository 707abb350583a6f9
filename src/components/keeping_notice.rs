//! What this window's part in keeping the work means for the user: read-only while
//! another window edits (with the way to edit here instead), or stopped saving after
//! another window saved first (with the way to keep this window's work).

use selfcheck_core::Lang;
use yew::prelude::*;

use crate::components::{Notice, NoticeKind};
use crate::i18n::{tr, T};
use crate::state::Keeping;

#[derive(Properties, PartialEq)]
pub struct KeepingNoticeProps {
    pub lang: Lang,
    pub keeping: Keeping,
    pub on_ask_to_edit: Callback<()>,
    /// Saves this window's work as an autosave file.
    pub on_download_work: Callback<()>,
    pub on_reload: Callback<()>,
}

#[function_component]
pub fn KeepingNotice(props: &KeepingNoticeProps) -> Html {
    let lang = props.lang;
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    match props.keeping {
        Keeping::Opening => html! { <p class="keeping-opening" id="keeping-opening">{ tr(lang, T::Opening) }</p> },
        Keeping::Writer => html! {},
        Keeping::Follower { asked } => html! {
            <div id="keeping-follower">
                <Notice kind={NoticeKind::Info}>
                    { tr(lang, T::FollowerBanner) }{ " " }
                    if asked {
                        <span id="keeping-asked">{ tr(lang, T::AskedToEdit) }</span>
                    } else {
                        <button type="button" id="edit-here" onclick={click(&props.on_ask_to_edit)}>{ tr(lang, T::EditHere) }</button>
                    }
                </Notice>
            </div>
        },
        Keeping::Overtaken => html! {
            <div id="keeping-overtaken">
                <Notice kind={NoticeKind::Error}>
                    { tr(lang, T::OvertakenBanner) }{ " " }
                    <button type="button" id="download-window-work" onclick={click(&props.on_download_work)}>
                        { tr(lang, T::DownloadWindowWork) }
                    </button>{ " " }
                    <button type="button" id="reload-window" onclick={click(&props.on_reload)}>{ tr(lang, T::ReloadWindow) }</button>
                </Notice>
            </div>
        },
    }
}
