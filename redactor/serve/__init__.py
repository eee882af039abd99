"""`redactor serve`: a local app in the browser. Documents dropped in the page are
redacted on this computer, reviewed in the review page and downloaded; nothing
leaves the machine and everything uploaded is deleted at the end."""
