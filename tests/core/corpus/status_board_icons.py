# A service status board whose messages start with an emoji or a Material
# icon (Streamlit shows it as the alert's icon, not in the text); a pills
# filter whose options carry icons too.
# Steps:
#   set_value("button_group", "show", ["🟢 Up", "🔴 Down"])
#   click("refresh")
#   set_value("button_group", "show", [])
import streamlit as st

SERVICES = {"api": "🟢 Up", "billing": "🔴 Down", "search": "🟡 Slow", "mail": "Up"}

st.session_state.setdefault("refreshes", 0)
if st.button("Refresh", key="refresh"):
    st.session_state.refreshes += 1

shown = st.pills("Show", ["🟢 Up", "🔴 Down", "🟡 Slow"], selection_mode="multi",
                 default=["🔴 Down"], key="show")

for name, status in SERVICES.items():
    if shown and status not in shown:
        continue
    if status.startswith("🔴"):
        st.error(f"{status} - {name} is not answering")
    elif status.startswith("🟡"):
        st.warning(f"{status}: {name}")
    else:
        st.success(f"{status}  {name}")

st.info(":material/schedule: refreshed " + str(st.session_state.refreshes) + " times")
st.info(":material/not a shortcode: stays in the text")
st.info("🔔 Explicit icon wins", icon="⏰")
st.info("🔔 An empty icon keeps the emoji in the text", icon="")
