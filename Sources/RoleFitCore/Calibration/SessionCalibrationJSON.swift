import Foundation

/// What `rolefit calibrate --json` prints for a calibration from sessions: the calibration document's
/// fields (the file beside the banks holds these alone), each item's fit (`itemFit`: every item with a
/// fit row, flagged or not) and, with `--group-by`, the DIF report per dimension (`dif`).
public struct SessionCalibrationJSON: Sendable, Encodable {
    /// The calibration document.
    public var document: CalibrationDocument
    /// One entry per item that has a fit row (role-keyed items have none).
    public var itemFit: [ItemFitEntry]
    /// DIF per dimension, when asked for.
    public var dif: [SessionDIF.Dimension]?

    /// An item's fit, named.
    public struct ItemFitEntry: Sendable, Encodable {
        /// The item's id.
        public var id: String
        /// The fit row (its `item` is the column in its dimension's matrix).
        public var fit: ItemFitResult
    }

    /// The report of `calibration` as written to `document`, with `dif` when asked for.
    public init(document: CalibrationDocument, calibration: BankCalibration, dif: [SessionDIF.Dimension]?) {
        self.document = document
        itemFit = calibration.items.compactMap { outcome in outcome.fit.map { ItemFitEntry(id: outcome.id, fit: $0) } }
        self.dif = dif
    }

    enum CodingKeys: String, CodingKey {
        case itemFit, dif
    }

    /// The document's keys, then `itemFit` and `dif` beside them.
    public func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(itemFit, forKey: .itemFit)
        try container.encodeIfPresent(dif, forKey: .dif)
    }

    /// Pretty JSON with sorted keys, ending in a newline (as the calibration file).
    public func text() throws -> String {
        try CalibrationDocument.prettyText(self)
    }
}
