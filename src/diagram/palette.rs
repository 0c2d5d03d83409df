//! Geometry and colour names shared by every scene. Colours are CSS classes whose values
//! are custom properties in `static/style.css` (`--gte-d-*`), one place for all of them.

/// Every scene is drawn in this box (width 400, height 240), scaled to fit its container.
pub const VIEW_BOX: &str = "0 0 400 240";

/// Fill and stroke classes, by what they depict.
pub mod class {
    pub const SKIN: &str = "gte-d-skin";
    pub const OUTLINE: &str = "gte-d-outline";
    pub const BONE: &str = "gte-d-bone";
    pub const MARROW: &str = "gte-d-marrow";
    pub const BLOOD: &str = "gte-d-blood";
    pub const STEM: &str = "gte-d-stem";
    pub const CHANGED: &str = "gte-d-changed";
    pub const NUCLEUS: &str = "gte-d-nucleus";
    pub const VECTOR: &str = "gte-d-vector";
    /// A donor's cells (HSCT): orange, drawn with a pale ring to tell them from vectors.
    pub const DONOR: &str = "gte-d-donor";
    pub const DNA: &str = "gte-d-dna";
    pub const MACHINE: &str = "gte-d-machine";
    pub const BAG: &str = "gte-d-bag";
    pub const COLD: &str = "gte-d-cold";
    pub const DRUG: &str = "gte-d-drug";
    pub const PAPER: &str = "gte-d-paper";
    pub const ACCENT: &str = "gte-d-accent";
    pub const MUTED: &str = "gte-d-muted";
    pub const LINE: &str = "gte-d-line";
    pub const PLATELET: &str = "gte-d-platelet";
    pub const WHITE_CELL: &str = "gte-d-white";
    /// A T cell (CAR-T products): blue, with a large nucleus.
    pub const T_CELL: &str = "gte-d-tcell";
    /// The receptors a CAR-T cell carries: dark outlines.
    pub const EDGE: &str = "gte-d-edge";
    /// A gene editing tool (CRISPR), drawn as a clamp.
    pub const EDITOR: &str = "gte-d-editor";
}

/// Radius of a stem cell.
pub const CELL_R: i32 = 9;
/// Radius of a vector particle.
pub const VECTOR_R: i32 = 5;
