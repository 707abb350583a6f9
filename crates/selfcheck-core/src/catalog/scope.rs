//! Which items apply to a provider: an item may belong to the enhanced capability tier
//! (GB/T 31168) or apply from a 等级保护 level (GB/T 22239-2019). Items that do not apply
//! are shown as such and left out of every score (they are not "not applicable" answers).

use super::model::Item;
use crate::profile::{CapabilityTier, ProviderProfile};

/// What a provider's profile says about which items apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// The tier sought; unset, only general items apply.
    pub tier: Option<CapabilityTier>,
    /// The platform's level; unset, no item bound to a level applies.
    pub level: Option<u8>,
}

/// Why an item does not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutOfScope {
    /// An enhanced-tier item, and the provider does not seek the enhanced tier.
    EnhancedTier,
    /// An item applying from `from`, and the platform's level is not set.
    LevelNotSet { from: u8 },
    /// An item applying from `from`, above the platform's `level`.
    LevelBelow { from: u8, level: u8 },
}

impl Scope {
    /// Everything applies (the agency's obligations; tests).
    pub const EVERYTHING: Scope = Scope { tier: Some(CapabilityTier::Enhanced), level: Some(5) };

    pub fn of(profile: &ProviderProfile) -> Scope {
        Scope { tier: profile.tier, level: profile.mlps_level }
    }

    pub fn applies(&self, item: &Item) -> bool {
        self.why_not(item).is_none()
    }

    pub fn why_not(&self, item: &Item) -> Option<OutOfScope> {
        if item.tier == Some(CapabilityTier::Enhanced) && self.tier != Some(CapabilityTier::Enhanced) {
            return Some(OutOfScope::EnhancedTier);
        }
        match (item.level, self.level) {
            (Some(from), None) => Some(OutOfScope::LevelNotSet { from }),
            (Some(from), Some(level)) if level < from => Some(OutOfScope::LevelBelow { from, level }),
            _ => None,
        }
    }
}

/// How many items a change of scope brought in and left out, and how many apply now:
/// what a provider is told when choosing a tier or a level grows or shrinks the work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScopeChange {
    pub added: usize,
    pub removed: usize,
    pub applicable: usize,
}

impl ScopeChange {
    /// From `before` to `after`, over `catalogs`' items; `None` when no item changes.
    pub fn between<'c>(
        before: Scope,
        after: Scope,
        catalogs: impl IntoIterator<Item = &'c super::Catalog>,
    ) -> Option<ScopeChange> {
        let mut change = ScopeChange::default();
        for item in catalogs.into_iter().flat_map(|c| &c.sections).flat_map(|s| &s.items) {
            match (before.applies(item), after.applies(item)) {
                (false, true) => change.added += 1,
                (true, false) => change.removed += 1,
                _ => {}
            }
            change.applicable += usize::from(after.applies(item));
        }
        (change.added + change.removed > 0).then_some(change)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::builtin;

    #[test]
    fn a_change_of_scope_counts_the_items_it_brings_in_and_leaves_out() {
        let catalogs = builtin().for_audience(crate::catalog::Audience::Provider);
        let general = Scope { tier: Some(CapabilityTier::General), level: None };
        let enhanced = Scope { tier: Some(CapabilityTier::Enhanced), level: Some(3) };
        let up = ScopeChange::between(general, enhanced, catalogs.iter().copied()).unwrap();
        let down = ScopeChange::between(enhanced, general, catalogs.iter().copied()).unwrap();
        assert!(up.added > 0 && up.removed == 0, "{up:?}");
        assert_eq!((down.added, down.removed), (0, up.added));
        let count = |scope: Scope| {
            catalogs.iter().flat_map(|c| &c.sections).flat_map(|s| &s.items).filter(|i| scope.applies(i)).count()
        };
        assert_eq!((up.applicable, down.applicable), (count(enhanced), count(general)));
        assert_eq!(up.applicable, down.applicable + up.added);
        assert_eq!(ScopeChange::between(general, general, catalogs.iter().copied()), None);
    }

    fn item(tier: Option<CapabilityTier>, level: Option<u8>) -> Item {
        Item { tier, level, ..builtin().catalogs()[0].sections[0].items[0].clone() }
    }

    #[test]
    fn general_gets_general_items_and_enhanced_gets_both() {
        let (general, enhanced) = (Some(CapabilityTier::General), Some(CapabilityTier::Enhanced));
        for (scope_tier, item_tier, applies) in [
            (general, general, true),
            (general, enhanced, false),
            (enhanced, general, true),
            (enhanced, enhanced, true),
            (None, general, true),
            (None, enhanced, false),
            (None, None, true),
        ] {
            let scope = Scope { tier: scope_tier, level: None };
            assert_eq!(scope.applies(&item(item_tier, None)), applies, "{scope_tier:?} / {item_tier:?}");
        }
    }

    #[test]
    fn an_item_applies_from_its_level_up() {
        let at = |level| Scope { tier: None, level };
        assert_eq!(at(Some(3)).why_not(&item(None, Some(3))), None);
        assert_eq!(at(Some(4)).why_not(&item(None, Some(3))), None);
        assert_eq!(at(Some(2)).why_not(&item(None, Some(3))), Some(OutOfScope::LevelBelow { from: 3, level: 2 }));
        assert_eq!(at(None).why_not(&item(None, Some(1))), Some(OutOfScope::LevelNotSet { from: 1 }));
        assert_eq!(at(None).why_not(&item(None, None)), None, "an item bound to no level applies at every level");
    }
}
