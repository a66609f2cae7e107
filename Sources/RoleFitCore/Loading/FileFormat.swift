import Foundation

/// The `format:` values RoleFit understands.
enum FileFormat: String, CaseIterable {
    /// A catalogue of roles and skill areas.
    case catalogue = "rolefit-catalogue/1"
    /// A bank of items.
    case bank = "rolefit-bank/1"
    /// Calibrated parameters applied over the banks' authored ones (`rolefit calibrate`).
    case calibration = "rolefit-calibration/1"

    /// Identifiers: lower-case letters, digits, '-', '_' and '.', starting with a letter or digit.
    static func isValidIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.".unicodeScalars)
        return (CharacterSet.lowercaseLetters.contains(first) || ("0"..."9").contains(Character(first)))
            && text.unicodeScalars.allSatisfy { allowed.contains($0) }
    }
}
