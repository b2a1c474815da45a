# Navigation with sections and a page switched to from a button.
# Steps:
#   click("to_report")
#   set_value("slider", "year", 2021)
import streamlit as st


def home():
    st.header("Home")
    if st.button("Open the report", key="to_report"):
        st.switch_page(report_page)


def report():
    st.header("Report")
    year = st.slider("Year", 2019, 2024, 2020, key="year")
    st.write(f"Figures for {year}")


def settings():
    st.header("Settings")


home_page = st.Page(home, title="Home", icon="🏠", default=True)
report_page = st.Page(report, title="Report", url_path="report")
settings_page = st.Page(settings, title="Settings", url_path="settings")
st.navigation({"Main": [home_page, report_page], "Admin": [settings_page]},
              position="top").run()
