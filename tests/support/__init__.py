"""What the test tiers share: fixtures (``inprocess_fixtures``, a pytest
plugin that ``tests/conftest.py`` loads), the differential AppTest harness
(``differential``), widget finders (``ui``), the fast Streamlit oracle
(``fast_oracle``) and the kernel protocol client (``kernel_client``, also
used by ``bench/``)."""
