import Foundation

/// A timed calibration and what `rolefit calibrate` prints about it (text or JSON).
public struct CalibrationReport: Sendable, Encodable {
    /// The fit.
    public var result: CalibrationResult
    /// Wall seconds of the fit alone (parsing and output excluded).
    public var fitSeconds: Double
    /// CPU seconds of the process (all threads) during the fit: on a loaded machine, the part of the
    /// wall time that was this fit's own work.
    public var fitCPUSeconds: Double
    /// Wall seconds of the standard errors (nil when not computed).
    public var standardErrorSeconds: Double?
    /// The item column names.
    public var itemNames: [String]
    /// DIF results, when groups were given.
    public var dif: DIFReport?
    /// Item fit, when computed (every item gets a row).
    public var itemFit: [ItemFitResult]?

    /// Adds the item-fit test of every item (see `ItemFitResult`).
    public mutating func addItemFit(responses: ResponseMatrix, settings: CalibrationSettings) {
        itemFit = BockAitkinEM(settings: settings).itemFit(result, responses: responses)
    }

    /// Adds DIF between the mapping's two groups (every item gets a row; flags, never drops).
    public mutating func addDIF(mapping: GroupMapping, responses: ResponseMatrix) {
        dif = DIFReport(
            reference: mapping.reference, focal: mapping.focal, unmatchedIDs: mapping.unmatchedIDs,
            items: DifferentialItemFunctioning.analyze(responses, focal: mapping.focalByPerson))
    }

    /// Fits and times the fit.
    public static func measure(
        table: ResponseTable, model: CalibrationModel, settings: CalibrationSettings,
        standardErrors: Bool = true
    ) -> CalibrationReport {
        let fitter = BockAitkinEM(settings: settings)
        let cpuStart = processCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        var result = fitter.fit(table.matrix, model: model)
        let fitSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let fitCPUSeconds = processCPUSeconds() - cpuStart
        var standardErrorSeconds: Double?
        if standardErrors {
            let seStart = DispatchTime.now().uptimeNanoseconds
            fitter.addStandardErrors(to: &result, responses: table.matrix)
            standardErrorSeconds = Double(DispatchTime.now().uptimeNanoseconds - seStart) / 1e9
        }
        return CalibrationReport(
            result: result, fitSeconds: fitSeconds, fitCPUSeconds: fitCPUSeconds, standardErrorSeconds: standardErrorSeconds,
            itemNames: table.itemNames, dif: nil, itemFit: nil)
    }

    /// Items left out, with reasons.
    public var exclusions: [(item: Int, name: String, reason: String)] {
        result.items.compactMap { item in
            item.exclusion.map { (item.index, itemNames[item.index], $0.description) }
        }
    }

    /// A few lines for people.
    public var text: String {
        var lines = [
            "calibrated \(result.items.count - exclusions.count) of \(result.items.count) items (\(result.model.rawValue)) "
                + "from \(result.personCount) people",
            String(
                format: "fit: %.3f s (CPU %.3f s), %d EM cycles (%d E-steps), %@", fitSeconds, fitCPUSeconds, result.cycles,
                result.expectationSteps,
                result.converged ? "converged" : "NOT converged in 5,000 cycles: loosen --tolerance or collect more answers"),
            String(format: "log-likelihood %.4f, largest |score| %.2e", result.logLikelihood, result.maximumAbsoluteScore),
        ]
        if let standardErrorSeconds {
            let missing = result.items.filter { $0.estimate != nil && $0.standardErrors == nil }.count
            lines.append(
                String(format: "standard errors: %.3f s (cross-product of person scores)", standardErrorSeconds)
                    + (missing > 0 ? "; \(missing) items have none (information matrix not invertible)" : ""))
        }
        for exclusion in exclusions {
            lines.append("excluded item \(exclusion.item) (\(exclusion.name)): \(exclusion.reason)")
        }
        if let itemFit { lines += itemFitLines(itemFit) }
        if let dif {
            lines.append(
                "DIF, focal \(dif.focal) vs reference \(dif.reference) (matched on the total over items everyone answered):")
            lines += dif.lines(itemNames: itemNames)
            if !dif.unmatchedIDs.isEmpty {
                lines.append(
                    "  \(dif.unmatchedIDs.count) ids in the group file match no respondent (first: \(dif.unmatchedIDs[0]))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The item-fit summary: the flagged items with where they depart, then the untested ones.
    func itemFitLines(_ itemFit: [ItemFitResult]) -> [String] {
        let tested = itemFit.filter { $0.pValue != nil }
        let flagged = tested.filter(\.flagged)
        var lines = [
            "item fit (observed vs predicted score from each person's other answers, up to 10 θ groups, "
                + "Benjamini–Hochberg 5%): \(flagged.count) of \(tested.count) tested items flagged"
        ]
        for item in flagged {
            let location =
                item.worstGroup.map {
                    String(
                        format: "; most at θ %.1f to %.1f (%@ than the curve by %.2f)", $0.lowerTheta, $0.upperTheta,
                        $0.meanResidual > 0 ? "higher" : "lower", abs($0.meanResidual))
                } ?? ""
            lines.append(
                "  item \(item.item) (\(itemNames[item.item])): X² = "
                    + String(format: "%.1f, df %d, p = %.3g", item.chiSquare ?? 0, item.degreesOfFreedom ?? 0, item.pValue ?? 1)
                    + location)
        }
        for item in itemFit where item.pValue == nil {
            lines.append("  item \(item.item) (\(itemNames[item.item])): not tested: \(item.note ?? "")")
        }
        return lines
    }

    enum CodingKeys: String, CodingKey {
        case model
        case fitSeconds = "fit_seconds"
        case fitCPUSeconds = "fit_cpu_seconds"
        case standardErrorSeconds = "standard_error_seconds"
        case cycles
        case expectationSteps = "e_steps"
        case converged
        case maxScore = "max_score"
        case logLikelihood = "log_likelihood"
        case persons, items, excluded, dif
        case itemFit = "item_fit"
    }

    /// One item in the JSON.
    struct ItemEntry: Encodable {
        var item: Int
        var name: String
        var answers: Int
        var estimate: ReportedItemParameters?
        var standardErrors: ReportedItemParameters?
        var excluded: String?

        enum CodingKeys: String, CodingKey {
            case item, name, answers, estimate
            case standardErrors = "standard_errors"
            case excluded
        }
    }

    /// The JSON object: the fit's figures, then every item (excluded ones say why).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(result.model.rawValue, forKey: .model)
        try container.encode(fitSeconds, forKey: .fitSeconds)
        try container.encode(fitCPUSeconds, forKey: .fitCPUSeconds)
        try container.encodeIfPresent(standardErrorSeconds, forKey: .standardErrorSeconds)
        try container.encode(result.cycles, forKey: .cycles)
        try container.encode(result.expectationSteps, forKey: .expectationSteps)
        try container.encode(result.converged, forKey: .converged)
        try container.encode(result.maximumAbsoluteScore, forKey: .maxScore)
        try container.encode(result.logLikelihood, forKey: .logLikelihood)
        try container.encode(result.personCount, forKey: .persons)
        try container.encode(
            result.items.map { item in
                ItemEntry(
                    item: item.index, name: itemNames[item.index], answers: item.answerCount, estimate: item.estimate,
                    standardErrors: item.standardErrors, excluded: item.exclusion?.description)
            }, forKey: .items)
        try container.encode(exclusions.map(\.item), forKey: .excluded)
        try container.encodeIfPresent(dif, forKey: .dif)
        try container.encodeIfPresent(itemFit, forKey: .itemFit)
    }
}

/// CPU seconds used by this process so far (every thread).
func processCPUSeconds() -> Double {
    var spec = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec) == 0 else { return 0 }
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// DIF between two groups, one row per item.
public struct DIFReport: Sendable, Encodable {
    /// The reference group.
    public var reference: String
    /// The focal group.
    public var focal: String
    /// Group-file ids with no respondent.
    public var unmatchedIDs: [String]
    /// Every item's result.
    public var items: [DifferentialItemFunctioning.ItemResult]

    enum CodingKeys: String, CodingKey {
        case reference, focal
        case unmatchedIDs = "unmatched_ids"
        case items
    }

    /// One line per item: its category and effect size, or why it was not tested.
    public func lines(itemNames: [String]) -> [String] {
        items.map { item in
            let name = itemNames[safe: item.item] ?? "?"
            guard let category = item.category else { return "  item \(item.item) (\(name)): not tested: \(item.note ?? "")" }
            let size =
                item.delta.map { String(format: "delta %+.2f ± %.2f", $0, item.deltaStandardError ?? 0) }
                ?? String(format: "SMD %+.3f", item.standardizedMeanDifference ?? 0)
            return "  item \(item.item) (\(name)): \(category)  \(size), p = \(String(format: "%.3g", item.pValue ?? 1))"
        }
    }
}
