import ArgumentParser
import RoleFitCore
import RoleFitResearch

/// Engine settings and population values `rolefit simulate` can vary, for tuning (defaults: the engine's).
struct SimulateTuningOptions: ParsableArguments {
    @Option(name: .long, help: "No decision stop before this many answers.") var minItems: Int?
    @Option(name: .long, help: "Randomesque: choose among the best K items.") var randomesque: Int?
    @Option(name: .long, help: "Answered items needed per weighted area.") var contentMinimum: Int?
    @Option(name: .long, help: "Role weight from which an area needs the content minimum.") var contentThreshold: Double?
    @Option(name: .long, help: "Stop when P(best) reaches this.") var confidence: Double?
    @Option(name: .long, help: "Stop with a hybrid when P(top two) reaches this.") var topTwo: Double?
    @Option(name: .long, help: "Stop when P(leader within δ of the best) reaches this.") var indifference: Double?
    @Option(name: .long, help: "The indifference zone δ.") var indifferenceDelta: Double?
    @Option(name: .long, help: "The engine's prior self/performance correlation.") var selfCorrelation: Double?
    @Option(name: .long, help: "The engine's prior area correlation.") var areaCorrelation: Double?
    @Option(name: .long, help: "Report an area only when its posterior SD is at most this (default 0.6).")
    var areaPrecision: Double?
    @Option(name: .long, help: "The engine's prior probability of random responding (default 0.1).")
    var randomResponderPrior: Double?
    @Option(name: .long, help: "The keyed hit rate the engine assumes (default: the banks' 0.55).") var engineKeyedHit: Double?
    @Option(name: .long, help: "The simulees' true self/performance correlation (default 0.5).") var trueSelfCorrelation: Double?
    @Option(name: .long, help: "The simulees' true area correlation (default 0.35).") var trueAreaCorrelation: Double?

    /// The settings with every given option applied.
    func apply(to base: SessionSettings) -> SessionSettings {
        var settings = base
        if let minItems { settings.minItems = minItems }
        if let randomesque { settings.randomesqueCount = randomesque }
        if let contentMinimum { settings.contentMinimum = contentMinimum }
        if let contentThreshold { settings.contentWeightThreshold = contentThreshold }
        if let confidence { settings.thresholds.confidence = confidence }
        if let topTwo { settings.thresholds.topTwoConfidence = topTwo }
        if let indifference { settings.thresholds.indifferenceConfidence = indifference }
        if let indifferenceDelta { settings.thresholds.indifferenceDelta = indifferenceDelta }
        if let selfCorrelation { settings.selfPerformanceCorrelation = selfCorrelation }
        if let areaCorrelation { settings.areaCorrelation = areaCorrelation }
        if let areaPrecision { settings.areaPrecision = areaPrecision }
        if let randomResponderPrior { settings.randomResponderPrior = randomResponderPrior }
        return settings
    }

    /// The population with the given true correlations.
    func population() -> SimulationPopulation {
        var population = SimulationPopulation()
        if let trueSelfCorrelation { population.selfPerformanceCorrelation = trueSelfCorrelation }
        if let trueAreaCorrelation { population.areaCorrelation = trueAreaCorrelation }
        return population
    }
}
