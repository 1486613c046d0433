# CPack: .deb and .tar.gz packages.
