import RoleFitCore

/// Why a simulation cannot run.
public enum SimulationError: Error, Equatable, CustomStringConvertible {
    /// A configuration value is out of range.
    case invalid(String)
    /// The engine rejected the settings or the banks.
    case engine(String)

    /// The message.
    public var description: String {
        switch self {
        case .invalid(let message), .engine(let message): message
        }
    }
}
