//! The content's closed vocabularies: where a step sits on the shared journey (`Stage`),
//! where the cells are (`CellPlace`), how an in vivo product is given (`DeliveryRoute`) and
//! what kind of document a source is (`SourceKind`). One definition for both sides:
//! `build/` includes this file and resolves every value in the content files, so a typo
//! stops the build naming the file, the field and the value; the runtime gets enums.
//! Self-contained (no `crate::` paths), because the build script includes it as well.

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in the order the content documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word the content files (and CSS, for routes) use.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The value a content file names, if it is one.
            pub fn parse(word: &str) -> Option<$name> {
                match word { $($slug => Some($name::$variant),)+ _ => None }
            }

            /// The value as Rust source, for the generated content.
            pub fn path(self) -> &'static str {
                match self { $($name::$variant => concat!(stringify!($name), "::", stringify!($variant))),+ }
            }

            /// The value a content file names as Rust source (build/emit.rs), or else the words
            /// allowed, for the message that stops the build.
            pub fn resolve(word: &str) -> Result<&'static str, Vec<&'static str>> {
                $name::parse(word).map($name::path).ok_or_else(|| $name::ALL.iter().map(|v| v.slug()).collect())
            }
        }
    };
}

vocabulary! {
    /// Where a step sits on the journey all pathways share (ARCHITECTURE.md, "Stages").
    Stage {
        Assess = "assess",
        Prepare = "prepare",
        Collect = "collect",
        Make = "make",
        Condition = "condition",
        Give = "give",
        TakeHold = "take-hold",
        FollowUp = "follow-up",
    }
}

vocabulary! {
    /// Where the cells being treated are, for pathways that take cells out.
    CellPlace {
        Donor = "donor",
        Body = "body",
        Bag = "bag",
        Lab = "lab",
        Frozen = "frozen",
        Returned = "returned",
        Given = "given",
    }
}

vocabulary! {
    /// How an in vivo product is given (the scenes' `data-route` groups use the slugs).
    DeliveryRoute {
        Iv = "iv",
        Subretinal = "subretinal",
        Intrathecal = "intrathecal",
        Tissue = "tissue",
        Topical = "topical",
    }
}

vocabulary! {
    /// What a source is: one of the texts in `sources/`, a reference in
    /// `sources/facts.md`, or a label this project read (`sources/labels/`).
    SourceKind {
        Text = "text",
        Reference = "reference",
        Label = "label",
    }
}
