//! The reports the tests write documents of: a provider part-way through (three gaps with
//! an owner, one item declared not applicable, the rest unanswered) and an agency with
//! its profile, three workloads and a platform.

use std::rc::Rc;

use selfcheck_core::agency::AgencyProfile;
use selfcheck_core::agency::Platform;
use selfcheck_core::catalog::{builtin, Audience};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::report::{build_agency_report, build_provider_report, Report};
use selfcheck_core::{fixtures, Answer, Date, ProviderWork, Status};

pub const OWNER: &str = "运维部王工";
pub const UNIT: &str = "某省大数据管理局";

pub fn day() -> Date {
    Date::from_ymd(2026, 12, 2).unwrap()
}

pub fn provider_report() -> Report {
    let mut work = ProviderWork::default();
    work.profile.provider = "示例云科技有限公司".into();
    work.profile.platform = "示例政务云平台".into();
    work.profile.tier = Some(CapabilityTier::Enhanced);
    work.profile.mlps_level = Some(3);
    work.profile.dates.result_published = Date::from_ymd(2024, 3, 1);
    let ids: Vec<String> =
        builtin().items().filter(|r| r.catalog.audience == Audience::Provider).map(|r| r.item.id.clone()).collect();
    for (n, id) in ids.iter().take(3).enumerate() {
        let answer = Answer::with_status([Status::NotMet, Status::Partial, Status::NotMet][n]).with_details(|d| {
            d.owner = OWNER.into();
            d.target_date = Date::from_ymd(2027, 3, 31);
            d.note = "采购已立项".into();
        });
        work.answers_mut().insert(id.clone(), answer);
    }
    work.answers_mut().insert(
        ids[3].clone(),
        Answer::with_status(Status::NotApplicable).with_details(|d| d.justification = "本平台不提供该服务".into()),
    );
    work.answers_mut().insert(ids[4].clone(), Answer::with_status(Status::Met));
    build_provider_report(&work, "2026-12-02T08:00:00Z", day())
}

pub fn agency_report() -> Report {
    let mut work = fixtures::agency_work(3);
    work.profile = AgencyProfile {
        unit: UNIT.into(),
        department: "信息中心".into(),
        contact: "李四 010-12345678".into(),
        date: Date::from_ymd(2026, 11, 30),
    };
    work.platforms = Rc::new(vec![Platform {
        name: "政务云 A".into(),
        provider: "示例云科技有限公司".into(),
        result_published: Date::from_ymd(2023, 1, 10),
        tier: Some(CapabilityTier::General),
        mlps_level: Some(3),
        ..Platform::default()
    }]);
    build_agency_report(&work, "2026-12-02T08:00:00Z", day())
}
