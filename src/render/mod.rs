//! `Article` → markup. Never re-parses text.
