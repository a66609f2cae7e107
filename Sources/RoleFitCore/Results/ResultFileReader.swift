import Foundation

/// Reads one result file and says precisely why when it is not a usable `rolefit-result/1` document.
public enum ResultFileReader {
    /// Files larger than this are not result documents (a long session is well under 1 MB).
    public static let maximumBytes = 20_000_000

    /// The document in the file at `path`, or why it cannot be used.
    public static func read(path: String) -> Result<ResultDocument, ResultFileProblem> {
        switch BoundedFile.read(path, limit: maximumBytes) {
        case .success(let data): return decode(data)
        case .failure(.missing): return .failure(.missing)
        case .failure(.folder): return .failure(.folder)
        case .failure(.tooLarge(let bytes, _)): return .failure(.tooLarge(bytes: bytes))
        case .failure(.notRegular): return .failure(.notRegularFile)
        case .failure(.unreadable): return .failure(.unreadable)
        }
    }

    /// The document in `data`, or why it cannot be used.
    public static func decode(_ data: Data) -> Result<ResultDocument, ResultFileProblem> {
        if data.count > maximumBytes { return .failure(.tooLarge(bytes: data.count)) }
        if data.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) { return .failure(.empty) }
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(.notJSON)
        }
        guard let object = json as? [String: Any], let schema = object["schema"] as? String,
            schema.hasPrefix("rolefit-result/")
        else {
            return .failure(.foreign)
        }
        guard schema == ResultDocument.schemaIdentifier else { return .failure(.otherVersion(schema)) }
        do {
            let document = try ResultStore.decode(data)
            if let problem = ResultRangeCheck.firstProblem(in: document) { return .failure(.malformed(problem)) }
            return .success(document)
        } catch let error as DecodingError {
            return .failure(.malformed(DecodingErrorText.describe(error)))
        } catch {
            return .failure(.malformed("\(error)"))
        }
    }
}
