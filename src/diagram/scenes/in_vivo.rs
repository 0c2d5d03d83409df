//! The in vivo pathway's scenes.

use super::Scene;

/// This pathway's scenes, by the diagram id the content uses.
pub const SCENES: &[(&str, Scene)] = &[];
