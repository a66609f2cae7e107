import Foundation
import RoleFitCore

#if canImport(Glibc)
    import Glibc
#endif

/// Where a PostgreSQL password comes from, as libpq does it: `PGPASSWORD`, else the first matching
/// line of the password file (`PGPASSFILE`, else `~/.pgpass`), `host:port:database:user:password` with
/// `*` matching anything and `\:` / `\\` escapes. A file that others may read is ignored, as libpq does.
public struct PasswordSource: Sendable, Hashable {
    /// The password, when one was found.
    public var password: String?
    /// Where it came from, or why the file was not used, for messages (never the password itself).
    public var origin: String

    /// Finds the password for `location` in `environment` and the password file.
    public static func find(for location: PostgresLocation, environment: [String: String]) -> PasswordSource {
        if let password = environment["PGPASSWORD"], !password.isEmpty {
            return PasswordSource(password: password, origin: "PGPASSWORD")
        }
        let path =
            environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".pgpass")
        var status = stat()
        guard stat(path, &status) == 0 else { return PasswordSource(password: nil, origin: "no PGPASSWORD and no \(path)") }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return PasswordSource(password: nil, origin: "\(path) is not a regular file, so it was not read")
        }
        guard status.st_mode & 0o077 == 0 else {
            return PasswordSource(
                password: nil, origin: "\(path) was ignored because others may read it (chmod 600 \(path) to use it)")
        }
        guard case .success(let data) = BoundedFile.read(path, limit: 1_000_000) else {
            return PasswordSource(password: nil, origin: "\(path) could not be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.hasPrefix("#") || trimmed.isEmpty { continue }
            let fields = Self.fields(of: String(trimmed))
            guard fields.count >= 5 else { continue }
            let wanted = [location.host, String(location.port), location.database, location.user]
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in field == "*" || field == value }
            if matches {
                return PasswordSource(
                    password: fields[4...].joined(separator: ":"), origin: "\(path) line \(index + 1)")
            }
        }
        return PasswordSource(password: nil, origin: "no PGPASSWORD and no matching line in \(path)")
    }

    /// Splits a password-file line at unescaped colons, removing the escapes.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
