extension IntegritySignals {
    /// The seconds a careful reader needs for an item (the yardstick of the rapid-answer signal), for
    /// simulations that answer at reading speed.
    package static func readingTime(of item: Item) -> Double { readingSeconds(item) }
}
