/// The version of RoleFit, recorded in every result document.
public enum RoleFitVersion {
    /// Semantic version of the engine and file formats.
    public static let current = "0.1.0"
}
