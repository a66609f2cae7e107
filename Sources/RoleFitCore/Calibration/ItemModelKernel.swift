import Foundation

/// A bank item's IRT model as a calibration kernel: its kernel, its parameters in the kernel's
/// internal (slope–intercept) form, and the way back from reported estimates to `ItemParameters`.
/// Dichotomous items with c > 0 are fitted as 3PL with a Beta prior on c whose mode is the authored
/// c (`guessingPriorStrength` pseudo-answers); with c = 0 as 2PL; self-ratings as GRM; graded
/// scenarios as GPCM. Role-keyed items have no kernel (their tables are fitted by `RoleChoiceEM`).
enum ItemModelKernel {
    /// α + β − 2 of the Beta prior on c: as much weight as 20 answers, so a few hundred answers move
    /// c only when they clearly disagree with the authored chance rate.
    static let guessingPriorStrength = 20.0

    /// The Beta prior on c with its mode at `c`.
    static func guessingPrior(mode c: Double) -> GuessingPrior {
        GuessingPrior(alpha: 1 + guessingPriorStrength * c, beta: 1 + guessingPriorStrength * (1 - c))
    }

    /// The kernel and internal values of `parameters`, or nil for a role table.
    static func kernel(for parameters: ItemParameters) -> (kernel: any CalibrationKernel, values: [Double])? {
        switch parameters {
        case .dichotomous(let a, let b, let c) where c > 0:
            let clipped = min(max(c, 1e-3), 1 - 1e-3)
            return (GuessingKernel(prior: guessingPrior(mode: clipped)), [a, -a * b, log(clipped / (1 - clipped))])
        case .dichotomous(let a, let b, _):
            return (GradedKernel(categoryCount: 2), [a, -a * b])
        case .graded(let a, let thresholds):
            return (GradedKernel(categoryCount: thresholds.count + 1), [a] + thresholds.map { -a * $0 })
        case .partialCredit(let a, let steps):
            var values = [a]
            var delta = 0.0
            for step in steps {
                delta -= a * step
                values.append(delta)
            }
            return (PartialCreditKernel(categoryCount: steps.count + 1), values)
        case .roleTable:
            return nil
        }
    }

    /// The item's parameters with the estimates put in, in the shape of `authored` (nil when the shapes differ).
    static func parameters(_ estimate: ReportedItemParameters, like authored: ItemParameters) -> ItemParameters? {
        switch authored {
        case .dichotomous(_, _, let c):
            guard estimate.b.count == 1 else { return nil }
            return .dichotomous(a: estimate.a, b: estimate.b[0], c: c > 0 ? (estimate.c ?? c) : 0)
        case .graded(_, let thresholds):
            guard estimate.b.count == thresholds.count else { return nil }
            return .graded(a: estimate.a, thresholds: estimate.b)
        case .partialCredit(_, let steps):
            guard estimate.b.count == steps.count else { return nil }
            return .partialCredit(a: estimate.a, steps: estimate.b)
        case .roleTable:
            return nil
        }
    }

    /// The reported form (a, b's, c) of item parameters, for diffs; nil for a role table.
    static func reported(_ parameters: ItemParameters) -> ReportedItemParameters? {
        switch parameters {
        case .dichotomous(let a, let b, let c): ReportedItemParameters(a: a, b: [b], c: c > 0 ? c : nil)
        case .graded(let a, let thresholds): ReportedItemParameters(a: a, b: thresholds)
        case .partialCredit(let a, let steps): ReportedItemParameters(a: a, b: steps)
        case .roleTable: nil
        }
    }
}
