"""The built-in rules, installed as the package redactor.data.rules (see setup.py): data
only, read with ``redactor.config.package_data("rules")``."""
