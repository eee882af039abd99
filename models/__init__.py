"""The model catalogue, installed as the package redactor.data.models (see setup.py): data
only, read with ``redactor.config.package_data("models")``."""
