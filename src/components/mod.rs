//! Presentational components: props in, callbacks out, no browser access.

pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod layout;
pub mod nav;
pub mod notice;

pub use footer::AppFooter;
pub use header::AppHeader;
pub use lang_switch::LangSwitch;
pub use layout::Layout;
pub use nav::MainNav;
pub use notice::{Notice, NoticeKind};
