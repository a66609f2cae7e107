import Foundation

/// What loading banks produced: the bank set (when there were no errors) and every diagnostic.
public struct BankLoadResult: Sendable {
    /// The loaded banks; nil when any error was found.
    public var bankSet: BankSet?
    /// Every problem found, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// The text of every file read, for quoting lines in diagnostics.
    public var sources: [String: SourceText]
    /// The files that were read, in load order.
    public var files: [String]
}

/// Loads a catalogue and banks from files and folders, validating everything and collecting all problems.
public enum BankLoader {
    /// Extensions read from a folder.
    static let extensions = ["yaml", "yml", "json"]

    /// Loads from paths that are bank files or folders of them (folders are read one level deep,
    /// skipping `*.schema.json`). When no catalogue is among them, the folders of the given files are searched.
    /// A calibration file among them (`rolefit-calibration/1`) is applied over the authored parameters
    /// unless `applyCalibration` is false (`rolefit calibrate` fits from the authored values).
    public static func load(paths: [String], applyCalibration: Bool = true) -> BankLoadResult {
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: path, line: 0, column: 0),
                        "no such file or folder; pass a bank file or the folder that holds catalogue.yaml"))
                continue
            }
            files += isDirectory.boolValue ? bankFiles(in: path) : [path]
        }
        return load(
            files: files, diagnostics: diagnostics, paths: paths, applyCalibration: applyCalibration, read: readFile
        ) { seenFiles in
            let folders = Set(files.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
            return folders.sorted().flatMap { folder in
                bankFiles(in: folder).filter { !seenFiles.contains($0) && isCatalogueCandidate($0) }
            }
        }
    }

    /// Loads banks held in memory (a file name and its bytes each, catalogue included), exactly as
    /// `load(paths:)` would load the same files; no folder is searched.
    public static func load(documents: [(file: String, data: Data)]) -> BankLoadResult {
        var byName: [String: Data] = [:]
        for document in documents where byName[document.file] == nil { byName[document.file] = document.data }
        return load(
            files: documents.map(\.file), diagnostics: [], paths: documents.map(\.file), applyCalibration: true,
            read: { file in decodeSource(byName[file] ?? Data(), file: file) }, catalogueCandidates: { _ in [] })
    }

    /// The shared loader: reads each file with `read`, looks for a catalogue among `catalogueCandidates`
    /// when none was given, decodes, validates and cross-checks.
    private static func load(
        files: [String], diagnostics initial: [Diagnostic], paths: [String], applyCalibration: Bool,
        read readSource: (String) -> Result<(String, String), Diagnostic>,
        catalogueCandidates: (Set<String>) -> [String]
    ) -> BankLoadResult {
        var diagnostics = initial
        var parsed: [(file: String, root: YAMLNode, format: FileFormat, hash: String)] = []
        var sources: [String: SourceText] = [:]
        var seenFiles = Set<String>()
        func read(_ file: String) {
            guard seenFiles.insert(file).inserted else { return }
            switch readSource(file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let (text, hash)):
                sources[file] = SourceText(text)
                switch YAMLDocumentReader.parse(text, file: file) {
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                case .success(let root):
                    let sink = DiagnosticSink()
                    if let format = format(of: root, file: file, sink: sink) {
                        parsed.append((file, root, format, hash))
                    }
                    diagnostics += sink.diagnostics
                }
            }
        }
        files.forEach(read)
        if !parsed.contains(where: { $0.format == .catalogue }) {
            catalogueCandidates(seenFiles).forEach(read)
        }

        let sink = DiagnosticSink()
        let catalogues = parsed.filter { $0.format == .catalogue }
        var catalogue: Catalogue?
        if let first = catalogues.first {
            catalogue = CatalogueDecoder(sink: sink).decode(first.root)
            for extra in catalogues.dropFirst() {
                sink.append(
                    Diagnostic(
                        .error, at: extra.root.location,
                        "a second catalogue (the first is \(first.file)); keep one catalogue per bank folder"))
            }
        } else if !parsed.isEmpty || diagnostics.isEmpty {
            let where_ = files.first ?? paths.first ?? "."
            sink.append(
                Diagnostic(
                    .error, at: SourceLocation(file: where_, line: 0, column: 0),
                    "no catalogue found (a file with `format: rolefit-catalogue/1`); pass the folder that holds catalogue.yaml"))
        }
        var banks: [QuestionBank] = []
        for entry in parsed where entry.format == .bank {
            let decoder = BankDecoder(sink: sink, catalogue: catalogue, file: entry.file)
            if let bank = decoder.decode(entry.root, contentHash: entry.hash) { banks.append(bank) }
        }
        checkAcrossFiles(banks, parsed: parsed.map { ($0.file, $0.root) }, sink: sink)
        let calibrations = parsed.filter { $0.format == .calibration }
        if applyCalibration, let first = calibrations.first, !sink.diagnostics.containsErrors {
            CalibrationDecoder(sink: sink, roleIDs: catalogue?.roles.map(\.id) ?? []).apply(first.root, to: &banks)
        }
        for extra in calibrations.dropFirst() {
            sink.append(
                Diagnostic(
                    .error, at: extra.root.location,
                    "a second calibration file (the first is \(calibrations.first?.file ?? "")); keep one per bank folder"))
        }
        diagnostics += sink.diagnostics
        diagnostics.sort { $0.location < $1.location }
        let bankSet = diagnostics.containsErrors ? nil : catalogue.map { BankSet(catalogue: $0, banks: banks) }
        return BankLoadResult(bankSet: bankSet, diagnostics: diagnostics, sources: sources, files: Array(seenFiles).sorted())
    }

    /// Bank files directly inside a folder, sorted by name.
    static func bankFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted()
            .filter { name in
                !name.hasPrefix(".") && !name.hasSuffix(".schema.json")
                    && extensions.contains((name as NSString).pathExtension.lowercased())
            }
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    private static func isCatalogueCandidate(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains(FileFormat.catalogue.rawValue)
    }

    private static func readFile(_ file: String) -> Result<(String, String), Diagnostic> {
        return mapSource(SourceDecoding.read(path: file), file: file)
    }

    /// Decodes in-memory bytes as a bank file's text, with the same diagnostics as reading the file.
    private static func decodeSource(_ data: Data, file: String) -> Result<(String, String), Diagnostic> {
        if data.count > SourceDecoding.maximumFileSize { return mapSource(.failure(.tooLarge(bytes: data.count)), file: file) }
        return mapSource(SourceDecoding.decode(data), file: file)
    }

    private static func mapSource(_ decoded: Result<String, SourceDecoding.Failure>, file: String) -> Result<
        (String, String), Diagnostic
    > {
        let start = SourceLocation(file: file, line: 1, column: 1)
        switch decoded {
        case .success(let text):
            return .success((text, SHA256.hex(Array(text.utf8))))
        case .failure(.tooLarge(let bytes)):
            let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
            return .failure(
                Diagnostic(
                    .error, at: start, "the file is \(megabytes) MB; bank files are limited to 5 MB — split it into several banks"
                ))
        case .failure(.invalidUTF8(let line, let column)):
            return .failure(
                Diagnostic(
                    .error, at: SourceLocation(file: file, line: line, column: column),
                    "invalid UTF-8 here; save the file as UTF-8 text"))
        case .failure(.controlCharacter(let line, let column, let name)):
            return .failure(
                Diagnostic(
                    .error, at: SourceLocation(file: file, line: line, column: column),
                    "\(name) here; bank files must not contain control characters or bidirectional overrides (they can hide or reorder what people read) — remove it"
                ))
        case .failure(.unreadable(let reason)):
            return .failure(
                Diagnostic(.error, at: SourceLocation(file: file, line: 0, column: 0), "cannot read the file: \(reason)"))
        }
    }

    private static func format(of root: YAMLNode, file: String, sink: DiagnosticSink) -> FileFormat? {
        let formats = FileFormat.allCases.map(\.rawValue)
        guard let entries = root.entries else {
            sink.error(
                root, "a bank file must be a mapping that starts with `format: rolefit-bank/1`, not \(root.kindDescription)")
            return nil
        }
        guard let node = entries.first(where: { $0.key.scalar == "format" })?.value else {
            sink.error(root, "the file has no 'format' field; start it with `format: rolefit-bank/1` (or rolefit-catalogue/1)")
            return nil
        }
        guard let text = node.scalar, let format = FileFormat(rawValue: text) else {
            let text = node.scalar ?? ""
            sink.error(
                node, "unknown format '\(text)'\(Suggestion.didYouMean(text, in: formats))",
                hint: "RoleFit reads \(formats.joined(separator: " and "))")
            return nil
        }
        return format
    }

    /// Reports item and bank ids used in more than one file.
    private static func checkAcrossFiles(_ banks: [QuestionBank], parsed: [(String, YAMLNode)], sink: DiagnosticSink) {
        var itemOwners: [String: Item] = [:]
        var bankOwners: [String: String] = [:]
        for bank in banks {
            if !bank.id.isEmpty, let other = bankOwners[bank.id] {
                sink.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: bank.file, line: 1, column: 1),
                        "bank id '\(bank.id)' is also used by \(other); bank ids must be unique"))
            }
            bankOwners[bank.id] = bankOwners[bank.id] ?? bank.file
            for item in bank.items {
                if let first = itemOwners[item.id], first.location.file != item.location.file {
                    sink.append(
                        Diagnostic(
                            .error, at: item.location, length: 1,
                            "duplicate item id '\(item.id)', already used at \(first.location); item ids must be unique across all banks"
                        ))
                } else if itemOwners[item.id] == nil {
                    itemOwners[item.id] = item
                }
            }
        }
    }
}
