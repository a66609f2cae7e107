import Foundation

/// Reads an input file's bytes into text, refusing what no loader should try to parse.
public enum SourceDecoding {
    /// The largest file RoleFit reads as a bank or catalogue.
    public static let maximumFileSize = 5 * 1024 * 1024

    /// Why a file could not be turned into text.
    public enum Failure: Error, Sendable, Equatable {
        /// The file is larger than `maximumFileSize`.
        case tooLarge(bytes: Int)
        /// The bytes are not UTF-8; the position of the first bad byte.
        case invalidUTF8(line: Int, column: Int)
        /// The file could not be read at all.
        case unreadable(String)
        /// A control character or bidirectional override (see `ControlCharacters`) at a position.
        case controlCharacter(line: Int, column: Int, name: String)
    }

    /// Reads a file, checking its size before reading it whole.
    public static func read(path: String) -> Result<String, Failure> {
        switch BoundedFile.read(path, limit: maximumFileSize) {
        case .success(let data): return decode(data)
        case .failure(.tooLarge(let bytes, _)): return .failure(.tooLarge(bytes: bytes))
        case .failure(.missing): return .failure(.unreadable("no such file"))
        case .failure(.folder): return .failure(.unreadable("is a folder"))
        case .failure(.notRegular): return .failure(.unreadable("not a regular file"))
        case .failure(.unreadable(let reason)): return .failure(.unreadable(reason.lowercased()))
        }
    }

    /// Decodes bytes as UTF-8 (a leading byte-order mark is dropped), locating the first invalid byte.
    public static func decode(_ data: Data) -> Result<String, Failure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            if let control = firstControlCharacter(in: text) { return .failure(control) }
            return .success(text)
        }
        return .failure(locateInvalidByte(in: bytes))
    }

    /// The first refused character (a carriage return is a line break here, so CRLF files load).
    static func firstControlCharacter(in text: String) -> Failure? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar != "\r", ControlCharacters.isForbidden(scalar) {
                return .controlCharacter(line: line, column: column, name: ControlCharacters.name(scalar))
            }
            column += 1
        }
        return nil
    }

    /// Finds the line and column of the first byte that breaks UTF-8.
    static func locateInvalidByte(in bytes: [UInt8]) -> Failure {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return .invalidUTF8(line: line, column: column)
            }
            let end = index + length
            guard end <= bytes.count,
                String(validating: bytes[index..<end], as: UTF8.self) != nil
            else { return .invalidUTF8(line: line, column: column) }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = end
        }
        return .invalidUTF8(line: line, column: column)
    }

    /// A short, human description of a file-system error.
    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let message = strerror(Int32(underlying.code)).map({ String(cString: $0) })
        {
            return message.lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
