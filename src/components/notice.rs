use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub kind: NoticeKind,
    pub children: Html,
}

/// A message box. Errors are announced at once (`role=alert`), the rest politely.
#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    let (class, role) = match props.kind {
        NoticeKind::Info => ("notice notice-info", "status"),
        NoticeKind::Warning => ("notice notice-warning", "status"),
        NoticeKind::Error => ("notice notice-error", "alert"),
    };
    html! { <div class={class} role={role}>{ props.children.clone() }</div> }
}
