/// The path most fixtures pretend to live at: week 3 of a template site, English by text (the
/// page a fuzz input is read as, too).
package let weekThreePath = Invariants.englishPath
