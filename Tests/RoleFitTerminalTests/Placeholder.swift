import Testing
@testable import RoleFitTerminal

