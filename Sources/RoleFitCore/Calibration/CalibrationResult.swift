/// The outcome of fitting one model to one response matrix.
public struct CalibrationResult: Sendable, Hashable {
    /// The model fitted.
    public var model: CalibrationModel
    /// One entry per item (column), in order; excluded items have no estimate.
    public var items: [CalibratedItem]
    /// Marginal log-likelihood at the estimates (on the settings' grid; without the 3PL prior).
    public var logLikelihood: Double
    /// EM cycles run (each one E-step and one M-step; SQUAREM's extrapolations count their E-steps in
    /// `expectationSteps` only).
    public var cycles: Int
    /// E-steps run.
    public var expectationSteps: Int
    /// Whether the stop rule was met before the cycle limit.
    public var converged: Bool
    /// The largest |∂ log L / ∂ parameter| at the estimates (internal slope–intercept parameters,
    /// plus the prior for the 3PL): the certificate that the result is a stationary point.
    public var maximumAbsoluteScore: Double
    /// People with at least one answer to a fitted item.
    public var personCount: Int
    /// The internal (slope–intercept) parameters, item by item, for standard errors and refits.
    var internalParameters: [Double]
}

/// One item's calibration.
public struct CalibratedItem: Sendable, Hashable {
    /// Column index in the response matrix.
    public var index: Int
    /// How many people answered it.
    public var answerCount: Int
    /// The estimates, or nil when the item was excluded.
    public var estimate: ReportedItemParameters?
    /// Standard errors in the same layout as the estimate (nil when not computed or not available).
    public var standardErrors: ReportedItemParameters?
    /// Why the item was not fitted (nil when it was).
    public var exclusion: CalibrationExclusion?
}

/// Why an item was left out of a fit; it is listed, never silently dropped.
public enum CalibrationExclusion: Sendable, Hashable, CustomStringConvertible {
    /// Nobody answered the item.
    case noAnswers
    /// A category was never chosen, so the parameters next to it are not identified.
    case unusedCategory(Int)
    /// The estimates left the finite range (e.g. the item separates people perfectly).
    case notFinite
    /// The item was held at its given parameters (an operational item while pretest items are
    /// calibrated, or an item with too few answers); its answers still count for the people.
    case heldFixed

    /// A one-line reason with what to do.
    public var description: String {
        switch self {
        case .noAnswers:
            "nobody answered it; collect answers or remove the column"
        case .unusedCategory(let category):
            "category \(category) was never chosen, so its threshold is not identified; "
                + "collect more answers or merge the category with a neighbour"
        case .notFinite:
            "its estimates are not finite (the answers may separate people perfectly); collect more varied answers"
        case .heldFixed:
            "held at its given parameters (its answers still inform the people's abilities)"
        }
    }
}
