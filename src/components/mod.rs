//! Presentational components: props in, callbacks out, no browser access.

pub mod agency;
pub mod answered;
pub mod bar_chart;
pub mod catalogs;
pub mod change_chart;
pub mod checklist;
pub mod checklist_item;
pub mod deadline_panel;
pub mod evidence_files;
pub mod footer;
pub mod gap_list;
pub mod header;
pub mod keeping_notice;
pub mod lang_switch;
pub mod layout;
pub mod nav;
pub mod notice;
pub mod open_file;
pub mod profile_form;
pub mod questionnaire_banner;
pub mod readiness;
pub mod report;
pub mod scroll_table;
pub mod select;
pub mod status_picker;
pub mod step_nav;
pub mod team;

pub use footer::AppFooter;
pub use header::AppHeader;
pub use keeping_notice::KeepingNotice;
pub use lang_switch::LangSwitch;
pub use layout::Layout;
pub use nav::MainNav;
pub use notice::{Notice, NoticeKind};
pub use scroll_table::scroll_table;
pub use status_picker::status_picker;
