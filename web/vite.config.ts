/// <reference types="vitest/config" />
// Vite builds the SPA into web/dist; CMake's web_static target copies it next to build/lindungi.
// `npm run dev` proxies the API and the boundary map to a running `lindungi serve`
// (LINDUNGI_API, default http://127.0.0.1:8080).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const api = process.env.LINDUNGI_API || 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    // vue-i18n: Composition API only, no legacy API, no devtools: a smaller bundle.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false, // every component uses <script setup>
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': api,
      '/kota_jambi_kelurahan.geojson': api,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
