import ArgumentParser
import NestlintReports

extension ReportFormat: ExpressibleByArgument {}
