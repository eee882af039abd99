"""What goes into the wheel and the sdist; everything else is in pyproject.toml.

The top-level rules/ and models/, the folders to edit, are mapped into the package as
redactor.data.rules and redactor.data.models: real files in the wheel, no links in the
tree (a checkout without symbolic links, the default on Windows, builds the same wheel),
and an editable install reads the checkout's own folders."""
from setuptools import find_namespace_packages, setup

DATA = {"redactor.data.rules": "rules", "redactor.data.models": "models"}
data = [f"{package}.{sub}" if sub else package for package, folder in DATA.items()
        for sub in ["", *find_namespace_packages(folder, exclude=["*__pycache__*"])]]

setup(
    packages=find_namespace_packages(include=["redactor*"], exclude=["*__pycache__*"]) + data,
    package_dir=DATA,
    package_data={"redactor": ["document/docx/*.txt", "review/templates/*", "serve/templates/*", "serve/static/*"],
                  **{package: ["*"] for package in data}},
)
