# smm_font_unicodes(SOURCE OUT_VAR): the glyph ranges a C++ file asks Dear
# ImGui for (lines like `0x0020, 0x017F,  // comment`), as pyftsubset's
# --unicodes list "U+0020-017F,...". Reading them from the source keeps the
# subset and the UI from drifting apart; CMake re-runs when the file changes.
function(smm_font_unicodes source out_var)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
  file(STRINGS "${source}" lines REGEX "^[ \t]*0x[0-9A-Fa-f]+,[ \t]*0x[0-9A-Fa-f]+,")
  set(ranges "")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "0x([0-9A-Fa-f]+),[ \t]*0x([0-9A-Fa-f]+)" _ "${line}")
    list(APPEND ranges "U+${CMAKE_MATCH_1}-${CMAKE_MATCH_2}")
  endforeach()
  list(REMOVE_DUPLICATES ranges)
  if(NOT ranges)
    message(FATAL_ERROR "No glyph ranges (0xXXXX, 0xXXXX,) found in ${source}")
  endif()
  list(JOIN ranges "," joined)
  set(${out_var} "${joined}" PARENT_SCOPE)
endfunction()

# smm_subset_font(FILE UNICODES OUT_VAR): a build step that writes the glyphs
# in UNICODES of the OpenType/CFF font FILE to the build folder (still
# OpenType/CFF), with pyftsubset from Debian's fonttools (SMM_PYFTSUBSET).
# OUT_VAR receives the subset's path.
#
# Dear ImGui 1.90 neither kerns nor shapes, so no layout features are kept
# (SMM_FONT_LAYOUT_FEATURES, empty, drops GSUB/GPOS lookups: half the size);
# nor hinting, which stb_truetype ignores. CFF subroutines stay: flattening
# them (--desubroutinize) saves ~2 KB gzip per font but adds ~13 KB raw.
function(smm_subset_font file unicodes out_var)
  get_filename_component(name "${file}" NAME)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/fonts/${name}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/fonts"
    COMMAND "${SMM_PYFTSUBSET}" "${file}" "--unicodes=${unicodes}"
            "--layout-features=${SMM_FONT_LAYOUT_FEATURES}" --no-hinting
            "--output-file=${out}"
    DEPENDS "${file}"
    COMMENT "Subsetting ${name}" VERBATIM)
  # TrueType outlines rasterise twice as fast in Dear ImGui's atlas (the
  # first frame waits for it), for ~3 KB more gzip per font (cmake/otf2ttf.py).
  if(SMM_FONT_PYTHON)
    get_filename_component(stem "${file}" NAME_WE)
    set(ttf "${CMAKE_CURRENT_BINARY_DIR}/fonts/${stem}.ttf")
    add_custom_command(
      OUTPUT "${ttf}"
      COMMAND "${SMM_FONT_PYTHON}" "${PROJECT_SOURCE_DIR}/cmake/otf2ttf.py" "${out}" "${ttf}"
      DEPENDS "${out}" "${PROJECT_SOURCE_DIR}/cmake/otf2ttf.py"
      COMMENT "TrueType outlines for ${name}" VERBATIM)
    set(out "${ttf}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
