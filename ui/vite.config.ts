import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// The desktop shell embeds the build output (ui/dist) and, under `tauri dev`, loads this dev
// server instead.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    // tauri.conf.json's devUrl points at this port, so Vite must not pick another one.
    port: 5173,
    strictPort: true,
    // The translation catalogs live in ../assets/i18n, outside the Vite root.
    fs: { allow: ['..'] },
  },
})
